package dev.frontline.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select * from user_account where lower(email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByPersonId(long personId);

    @Query("select count(*) from user_account where role = 'ADMIN' and enabled")
    long countEnabledAdmins();

    @Query("select * from user_account order by lower(username)")
    List<UserAccount> findAllOrdered();

    /** Ends every session of the login: each holds the generation it signed in with, and this moves it on. */
    @Modifying
    @Query("update user_account set session_generation = session_generation + 1 where id = :id")
    int endSessions(long id);

    @Modifying
    @Query("update user_account set session_generation = session_generation + 1 where person_id = :personId")
    int endSessionsOfPerson(long personId);

    /** Whether a session that signed in at this generation may go on: the login is enabled and has not moved on. */
    @Query("select count(*) > 0 from user_account where id = :id and enabled and session_generation = :generation")
    boolean sessionValid(long id, int generation);
}
