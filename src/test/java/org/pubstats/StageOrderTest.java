package org.pubstats;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.Test;

/**
 * The import graph of the product, held: a stage never imports a later one, no package cycles, {@code figures}
 * stands alone, and the application class at the root imports none of the packages (they import it).
 */
class StageOrderTest {

    /**
     * The stages, earliest first: the files the office edits, reading the inbox, one outcome per row, writing
     * the intake into the warehouse, dedup, figures, the report, the Spring Batch job, the command line, and on top
     * the office's console ({@code serve}, which the command line finds as a bean). A package may import the ones
     * before it.
     */
    static final List<String> STAGES = List.of(
            "jobsdir", "intake", "normalise", "warehouse", "dedup", "figures", "report", "job", "ops", "console");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pubstats");

    /** No class of a stage depends on a class of a later stage. */
    static ArchRule stageOrder(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < STAGES.size() - 1; i++) {
            String[] later = STAGES.subList(i + 1, STAGES.size()).stream().map(s -> root + "." + s + "..").toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(root + "." + STAGES.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because(STAGES.get(i) + " comes before " + String.join(", ", STAGES.subList(i + 1, STAGES.size())))
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules);
    }

    @Test
    void everyStageHasClasses() {
        // guards the rule from passing vacuously after a rename
        for (String stage : STAGES) {
            assertThat(PRODUCT.stream().anyMatch(c -> c.getPackageName().startsWith("org.pubstats." + stage)))
                    .as(stage).isTrue();
        }
    }

    @Test
    void noStageImportsALaterOne() {
        stageOrder("org.pubstats").check(PRODUCT);
    }

    @Test
    void theRuleRefusesAnEarlierStageImportingALaterOne() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.pubstats.boundaryfixture");
        assertThatThrownBy(() -> stageOrder("org.pubstats.boundaryfixture").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("EarlyStageReachingUp")
                .hasMessageContaining("LateStage");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.pubstats.(**)").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void figuresImportNothingFromTheRest() {
        noClasses().that().resideInAPackage("org.pubstats.figures..")
                .should().dependOnClassesThat(resideInAPackage("org.pubstats..").and(resideOutsideOfPackage("org.pubstats.figures..")))
                .check(PRODUCT);
    }

    @Test
    void theApplicationClassImportsNoneOfThePackages() {
        noClasses().that().resideInAPackage("org.pubstats")
                .should().dependOnClassesThat().resideInAnyPackage(STAGES.stream().map(s -> "org.pubstats." + s + "..").toArray(String[]::new))
                .check(PRODUCT);
    }
}
