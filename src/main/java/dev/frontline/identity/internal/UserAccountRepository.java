package dev.frontline.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByPersonId(long personId);

    @Query("select count(*) from user_account where role = 'ADMIN' and enabled")
    long countEnabledAdmins();

    @Query("select * from user_account order by lower(username)")
    List<UserAccount> findAllOrdered();
}
