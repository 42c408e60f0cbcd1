package dev.frontline.browser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Every browser test goes through one harness ({@link Chromium} behind {@link BrowserTestSupport}), so that each one
 * skips on a machine without a browser and fails when {@code FRONTLINE_REQUIRE_BROWSER=true}.
 */
class OneBrowserHarnessTest {

    private final JavaClasses tests = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.frontline");

    @Test
    void onlyTheHarnessStartsABrowser() {
        noClasses().that().doNotHaveFullyQualifiedName(Chromium.class.getName())
                .and().doNotHaveFullyQualifiedName(Chromium.class.getName() + "$Session")
                .should().dependOnClassesThat().resideInAPackage("org.openqa.selenium.chrome..")
                .because("browsers start in one place, which skips or fails as FRONTLINE_REQUIRE_BROWSER says")
                .check(tests);
    }

    @Test
    void browserTestsExtendTheSharedSupport() {
        classes().that().haveSimpleNameEndingWith("BrowserTest")
                .should().beAssignableTo(BrowserTestSupport.class)
                .check(tests);
    }

    @Test
    void withoutABrowserTheTestsSkipUnlessOneIsRequired() {
        Path nowhere = Path.of("/nonexistent/chromium");
        assertThatThrownBy(() -> Chromium.requireOrSkip(nowhere, nowhere, false))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Chromium.requireOrSkip(nowhere, nowhere, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FRONTLINE_REQUIRE_BROWSER");
        Path shell = Path.of("/bin/sh");
        assertThatCode(() -> Chromium.requireOrSkip(shell, shell, true)).doesNotThrowAnyException();
    }
}
