package nl.wegwijzer.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.regex.Pattern;

/**
 * The arrows between the modules (directory ← content ← casework ← web) and what crosses them:
 * another module's services and model, never its repositories. Web-module sees every module, so the
 * rules run here, over the main classes only.
 */
@AnalyzeClasses(packages = "nl.wegwijzer", importOptions = ArchitectureTest.MainClasses.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modulesPointOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("directory")
          .definedBy("nl.wegwijzer.directory..")
          .layer("content")
          .definedBy("nl.wegwijzer.content..")
          .layer("casework")
          .definedBy("nl.wegwijzer.casework..")
          .layer("web")
          .definedBy("nl.wegwijzer.web..")
          .whereLayer("web")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("casework")
          .mayOnlyBeAccessedByLayers("web")
          .whereLayer("content")
          .mayOnlyBeAccessedByLayers("casework", "web")
          .whereLayer("directory")
          .mayOnlyBeAccessedByLayers("content", "casework", "web");

  @ArchTest
  static final ArchRule repositoriesStayInTheirModule =
      classes().should(useNoRepositoryOfAnotherModule());

  @ArchTest
  static final ArchRule screensAndResourcesLeaveTheEntityManagerToRepositories =
      noClasses()
          .that(backingBeansResourcesOrServlets())
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(EntityManager.class, EntityManagerFactory.class);

  /** The module of a class: the package part after {@code nl.wegwijzer}. */
  private static String moduleOf(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  /** In a repository package or named …Repository; a nested class counts as its outer class. */
  private static boolean isRepository(JavaClass type) {
    String outer = type.getName().replaceFirst("\\$.*$", "");
    return type.getPackageName().matches("nl\\.wegwijzer\\..*\\.repository(\\..*)?")
        || outer.endsWith("Repository");
  }

  private static ArchCondition<JavaClass> useNoRepositoryOfAnotherModule() {
    return new ArchCondition<>("use no repository of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (target.getPackageName().startsWith("nl.wegwijzer.")
              && isRepository(target)
              && !moduleOf(target).equals(moduleOf(origin))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static DescribedPredicate<JavaClass> backingBeansResourcesOrServlets() {
    return DescribedPredicate.describe(
        "are backing beans, JAX-RS resources or servlets",
        type ->
            type.getPackageName().startsWith("nl.wegwijzer.")
                && (type.getSimpleName().endsWith("Backing")
                    || type.isAnnotatedWith("jakarta.inject.Named")
                    || type.isAnnotatedWith("jakarta.ws.rs.Path")
                    || type.isAssignableTo("jakarta.servlet.http.HttpServlet")));
  }

  /**
   * The modules' main classes, from folders or jars; not their tests, which the web module also
   * sees through the other modules' test jars.
   */
  static final class MainClasses implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    private static final ImportOption NOT_TESTS = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
      return NOT_TESTS.includes(location) && !location.matches(TEST_JAR);
    }
  }
}
