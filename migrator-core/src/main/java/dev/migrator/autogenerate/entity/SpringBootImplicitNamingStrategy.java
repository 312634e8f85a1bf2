package dev.migrator.autogenerate.entity;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The naming rule of Spring Boot's {@code SpringImplicitNamingStrategy}, for builds without Spring Boot on the
 * class path: JPA's defaults, except that a join table is named after the owning side's physical table and
 * the association ({@code book_tags} for {@code Book.tags}), not after the two entity names.
 *
 * <p>Public only because Hibernate instantiates it by class name.
 */
public class SpringBootImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String owningTable = source.getOwningPhysicalTableName();
        String association = source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(owningTable + "_" + association, source.getBuildingContext());
    }
}
