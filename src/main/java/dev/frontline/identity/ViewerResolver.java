package dev.frontline.identity;

import dev.frontline.organization.Organization;
import dev.frontline.shared.Scope;
import dev.frontline.shared.Viewer;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller method take a {@link Viewer} or a {@link Scope} parameter: the signed-in user and what they
 * may see, computed afresh for every request.
 */
@Configuration(proxyBeanMethods = false)
class ViewerResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final Organization organization;

    ViewerResolver(Organization organization) {
        this.organization = organization;
    }

    static Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.viewer();
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Viewer.class || type == Scope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Viewer viewer = current();
        return parameter.getParameterType() == Viewer.class ? viewer : organization.scopeFor(viewer);
    }
}
