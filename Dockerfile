# Build: the Maven wrapper fetches Maven and the dependencies (CoreNLP models included) from Maven Central.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

# Run: the production jar (PostgreSQL: pass NEWSWIRE_JDBC_URL, NEWSWIRE_DB_USER, NEWSWIRE_DB_PASSWORD) as a
# non-root user; the local search index lives in the volume and catches up with the database at start.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --home-dir /app newswire && mkdir -p /app/data && chown -R newswire /app
WORKDIR /app
COPY --from=build --chown=newswire /src/target/quarkus-app/ /app/
USER newswire
ENV NEWSWIRE_DB_PATH=/app/data/newswire \
    JAVA_OPTS="-Xmx2g -Dquarkus.http.host=0.0.0.0"
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
