package dev.migrator.autoconfigure;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Boot which DataSources Migrator manages. Boot's Hibernate support asks every
 * {@link SchemaManagementProvider} bean before it defaults {@code spring.jpa.hibernate.ddl-auto} to
 * {@code create-drop} for an embedded database; for a managed one the default becomes {@code none}, so Hibernate
 * leaves the migrated schema alone.
 */
final class MigratorSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<MigratorInstances> instances;

    MigratorSchemaManagementProvider(ObjectProvider<MigratorInstances> instances) {
        this.instances = instances;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        boolean managed = instances.stream()
                .flatMap(all -> all.all().stream())
                .anyMatch(instance -> dataSource.equals(instance.migrator().configuration().dataSource()));
        return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
