package dev.orderflow.discovery;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.orderflow.testsupport.architecture.ServiceRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.orderflow.discovery", importOptions = ImportOption.DoNotIncludeTests.class)
class DiscoveryArchitectureTest {

	@ArchTest
	static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);

	@ArchTest
	static final ArchRule keepsWiringInConfig = noClasses().that()
		.resideOutsideOfPackage("..config..")
		.should()
		.beAnnotatedWith(org.springframework.context.annotation.Configuration.class);

}
