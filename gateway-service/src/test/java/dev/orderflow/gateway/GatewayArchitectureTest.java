package dev.orderflow.gateway;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import dev.orderflow.testsupport.architecture.ServiceRules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "dev.orderflow.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	private static final String[] FEATURES = { "..gateway.routing..", "..gateway.security..", "..gateway.ratelimit..",
			"..gateway.resilience..", "..gateway.web.." };

	/**
	 * Each feature brings its own wiring and settings, and needs no other feature; but a
	 * token check that cannot fetch the keys answers 503 with the Retry-After of every
	 * unavailable service (gateway.resilience.retry-after), one setting for both.
	 */
	@ArchTest
	static final ArchRule featuresAreIndependentOfEachOther = slices().matching("dev.orderflow.gateway.(*)..")
		.should()
		.notDependOnEachOther()
		.ignoreDependency(JavaClass.Predicates.simpleName("SecurityConfiguration"),
				JavaClass.Predicates.simpleName("ResilienceProperties"));

	/**
	 * A feature's configuration and settings live beside what they wire (restbucks' way).
	 */
	@ArchTest
	static final ArchRule configurationLivesInItsFeature = classes().that()
		.areAnnotatedWith(Configuration.class)
		.or()
		.areAnnotatedWith(ConfigurationProperties.class)
		.or()
		.implement(EnvironmentPostProcessor.class)
		.should()
		.resideInAnyPackage(FEATURES);

	/**
	 * Beans are built by the feature's configuration, not found by component scanning.
	 */
	@ArchTest
	static final ArchRule featureClassesAreWiredByTheirConfiguration = noClasses().that()
		.resideInAnyPackage(FEATURES)
		.should()
		.beAnnotatedWith(Component.class);

	@ArchTest
	static final ArchRule settingsAreBoundNotInjectedAsStrings = noClasses().should()
		.dependOnClassesThat()
		.areAssignableTo(Value.class)
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(Autowired.class);

	@ArchTest
	static final ArchRule onlyTheApplicationClassSitsInTheRootPackage = classes().that()
		.resideInAPackage("dev.orderflow.gateway")
		.should()
		.haveSimpleName("GatewayApplication")
		.orShould()
		.haveSimpleName("package-info");

	/**
	 * The application; the rate-limit store chooser, which Spring Boot instantiates from
	 * spring.factories; the resilience settings, which the security feature reads.
	 */
	@ArchTest
	static final ArchRule onlyEntryPointsArePublic = ServiceRules.onlyEntryPointsArePublic("GatewayApplication",
			"RateLimitStoreEnvironment", "ResilienceProperties");

}
