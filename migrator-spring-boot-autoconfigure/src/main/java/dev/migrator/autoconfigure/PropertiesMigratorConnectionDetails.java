package dev.migrator.autoconfigure;

/** {@link MigratorConnectionDetails} read from {@code spring.migrator.url}, {@code user} and {@code password}. */
final class PropertiesMigratorConnectionDetails implements MigratorConnectionDetails {

    private final MigratorProperties properties;

    PropertiesMigratorConnectionDetails(MigratorProperties properties) {
        this.properties = properties;
    }

    @Override
    public String getUsername() {
        return properties.getUser();
    }

    @Override
    public String getPassword() {
        return properties.getPassword();
    }

    @Override
    public String getJdbcUrl() {
        return properties.getUrl();
    }
}
