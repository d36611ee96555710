# Build: the Maven wrapper fetches Maven and the dependencies (CoreNLP models included) from Maven Central,
# and packages both variants: target/quarkus-app (embedded H2) and target/quarkus-app-pg (PostgreSQL).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

# Run: the embedded service by default, data on the /app/data volume; --build-arg VARIANT=pg gives the
# PostgreSQL one (pass NEWSWIRE_JDBC_URL, NEWSWIRE_DB_USER, NEWSWIRE_DB_PASSWORD). Non-root.
FROM eclipse-temurin:17-jre
ARG VARIANT=h2
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 --home-dir /app newswire && mkdir -p /app/data && chown -R newswire /app
WORKDIR /app
COPY --from=build --chown=newswire /src/target /tmp/target
RUN if [ "$VARIANT" = "pg" ]; then mv /tmp/target/quarkus-app-pg/* /app/; else mv /tmp/target/quarkus-app/* /app/; fi && rm -rf /tmp/target
USER newswire
ENV NEWSWIRE_DB_PATH=/app/data/newswire \
    JAVA_OPTS="-Xmx2g -Dquarkus.http.host=0.0.0.0"
VOLUME /app/data
EXPOSE 8080
# ready once the database answers; the models finish loading a few seconds later (see /q/health/ready)
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
