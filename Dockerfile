# syntax=docker/dockerfile:1
# One image per service, chosen with the MODULE build argument:
#   docker build --build-arg MODULE=order-service --build-arg HEALTH_PORT=8082 -t orderflow/order-service .
# docker-compose.yml builds all five; docs/deploy.md says how to push them for Kubernetes.

ARG JAVA_VERSION=25

# 1. Build the service's executable jar with the project's own Maven wrapper. The whole
#    reactor is copied because Maven reads every module's pom; -am builds only what
#    MODULE needs. The cache mount keeps ~/.m2 between builds without putting it in a layer.
FROM eclipse-temurin:${JAVA_VERSION}-jdk-noble AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULE}" && test -f "${MODULE}/pom.xml" \
    && ./mvnw -B -ntp -pl "${MODULE}" -am package -DskipTests \
    && cp "${MODULE}"/target/"${MODULE}"-*-exec.jar /app.jar

# 2. Split the jar into layers that change at different rates (libraries rarely, our
#    classes on every commit), so a new version pushes and pulls only the last layer.
FROM eclipse-temurin:${JAVA_VERSION}-jre-noble AS layers
WORKDIR /layers
COPY --from=build /app.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# 3. The runtime image: JRE only, no build tools, no shell access needed, a fixed
#    non-root user that Kubernetes' runAsNonRoot can check (numeric uid).
FROM eclipse-temurin:${JAVA_VERSION}-jre-noble
ARG MODULE
ARG HEALTH_PORT=8080
# curl for HEALTHCHECK only (the Temurin image may already have it)
RUN if ! command -v curl >/dev/null; then \
      apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*; \
    fi \
    && groupadd --system --gid 10001 orderflow \
    && useradd --system --uid 10001 --gid orderflow --no-create-home --shell /usr/sbin/nologin orderflow
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
# The JVM sizes its heap from the container's memory limit (cgroups), not the host's;
# 75 % leaves room for metaspace, threads and direct buffers. A JVM out of memory exits,
# so that Docker or Kubernetes restarts it instead of it limping on.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp" \
    SPRING_PROFILES_ACTIVE=docker \
    HEALTH_PORT=${HEALTH_PORT} \
    MODULE=${MODULE}
LABEL org.opencontainers.image.title="orderflow ${MODULE}"
# Ready means ready to serve (the readiness group), checked on the port that serves actuator.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${HEALTH_PORT}/actuator/health/readiness" > /dev/null || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
