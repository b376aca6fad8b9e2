package dev.orderflow.testsupport.architecture;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service keeps, whatever its features (each field an
 * {@code @ArchTest}, so that ArchUnit runs it where it is included): include them in a
 * service's ArchUnit test with
 * {@code @ArchTest static final ArchTests serviceRules = ArchTests.in(ServiceRules.class);}
 * and add the service's own rules beside them.
 */
public final class ServiceRules {

	/** A service's own package: {@code dev.orderflow.<service>}, and what is below it. */
	private static final Pattern SERVICE = Pattern
		.compile("dev\\.orderflow\\.(user|order|notification|gateway|discovery)(\\..*)?");

	private static final String[] HTTP_PACKAGES = { "org.springframework.web..", "org.springframework.http.." };

	private static final String[] MESSAGING_PACKAGES = { "org.springframework.kafka..", "org.apache.kafka..",
			"dev.orderflow.platform.messaging.." };

	private ServiceRules() {
	}

	/** Services share infrastructure (platform/) only, never each other's classes. */
	@ArchTest
	public static final ArchRule doesNotDependOnOtherServices = classes()
		.should(new ArchCondition<JavaClass>("not depend on another service's classes") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String own = serviceOf(item);
				for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
					String target = serviceOf(dependency.getTargetClass());
					if (own != null && target != null && !own.equals(target)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		});

	/**
	 * The features of a service ({@code dev.orderflow.<service>.<feature>}) form no
	 * cycle.
	 */
	@ArchTest
	public static final ArchRule featuresAreFreeOfCycles = slices().matching("dev.orderflow.*.(*)..")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(true);

	/**
	 * Controllers are HTTP adapters: they map a request to one use case and do not
	 * consume or publish messages (wherever they live: in their feature's package or in a
	 * {@code web} package).
	 */
	@ArchTest
	public static final ArchRule controllersDoNotMessage = noClasses().that(areHttpAdapters())
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(MESSAGING_PACKAGES)
		.allowEmptyShould(true);

	/**
	 * Listeners are messaging adapters: they map an event to one use case and serve no
	 * HTTP.
	 */
	@ArchTest
	public static final ArchRule listenersDoNotServeHttp = noClasses().that(areListeners())
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HTTP_PACKAGES)
		.allowEmptyShould(true);

	/**
	 * A transaction ends with its own commit or rollback ({@code WholeTransactions}),
	 * never cut short by a caller that stopped waiting: a cancelled
	 * {@code TransactionalOperator} once committed half an order.
	 */
	@ArchTest
	public static final ArchRule transactionsEndWhole = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.transaction.reactive.TransactionalOperator")
		.allowEmptyShould(true);

	/**
	 * The use cases do not know how they are called or how their events travel: in the
	 * given feature packages, only the adapters (controllers, their problem mapping,
	 * listeners, outbox writers and wire records) touch HTTP, Kafka or the messaging
	 * platform.
	 * @param featurePackages the packages whose use cases and adapters sit together
	 * @return the rule
	 */
	public static ArchRule useCasesDoNotKnowTheirAdapters(String... featurePackages) {
		return noClasses().that()
			.resideInAnyPackage(featurePackages)
			.and(DescribedPredicate.not(areHttpAdapters()))
			.and(DescribedPredicate.not(areListeners()))
			.and(DescribedPredicate.not(areOutboxWriters()))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(HTTP_PACKAGES, MESSAGING_PACKAGES));
	}

	private static DescribedPredicate<JavaClass> areHttpAdapters() {
		return DescribedPredicate.describe("are HTTP adapters",
				type -> type.isAnnotatedWith("org.springframework.web.bind.annotation.RestController")
						|| type.isAnnotatedWith("org.springframework.web.bind.annotation.RestControllerAdvice"));
	}

	private static DescribedPredicate<JavaClass> areListeners() {
		return DescribedPredicate.describe("are listeners",
				type -> type.getMethods()
					.stream()
					.anyMatch(method -> method.isAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")));
	}

	/**
	 * The messaging adapters besides listeners: the outbox writers ({@code *Outbox}, a
	 * feature's events port implemented over the platform outbox), the inbox readers
	 * ({@code *Inbox}, a port read from what the platform inbox recorded) and the wire
	 * records they read and write (a final {@code *Events} class holding records; a
	 * feature's {@code *Events} port is an interface and stays checked).
	 */
	private static DescribedPredicate<JavaClass> areOutboxWriters() {
		return DescribedPredicate.describe("are outbox writers, inbox readers or wire records", type -> {
			JavaClass topLevel = type;
			while (topLevel.getEnclosingClass().isPresent()) {
				topLevel = topLevel.getEnclosingClass().get();
			}
			String name = topLevel.getSimpleName();
			return name.endsWith("Outbox") || name.endsWith("Inbox")
					|| (name.endsWith("Events") && !topLevel.isInterface());
		});
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	/**
	 * Package-private by default: a type is public only when another package really uses
	 * it, and then it is named here, so that making one public is a decision that shows
	 * in review.
	 * @param entryPoints the simple names of the service's public types
	 * @return the rule
	 */
	public static ArchRule onlyEntryPointsArePublic(String... entryPoints) {
		Set<String> allowed = Set.of(entryPoints);
		return classes().that()
			.arePublic()
			.and()
			.areTopLevelClasses()
			.should(new ArchCondition<JavaClass>("be one of the service's entry points " + allowed) {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					if (!allowed.contains(item.getSimpleName())) {
						events.add(SimpleConditionEvent.violated(item, item.getName()
								+ " is public but not an entry point: make it package-private, or list it"));
					}
				}
			})
			.allowEmptyShould(true);
	}

	private static String serviceOf(JavaClass type) {
		Matcher matcher = SERVICE.matcher(type.getPackageName());
		return matcher.matches() ? matcher.group(1) : null;
	}

}
