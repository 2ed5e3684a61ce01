package org.campuscareers.common;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The columns an entity maps, as the select list of a native statement that reads rows into it:
 * {@code select p.id, p.title, ...} rather than {@code select p.*}. A table's other columns are
 * then neither written out as text by PostgreSQL nor sent, only for the mapping to ignore them: a
 * posting's stored search tokens are a text array of about 1 KB per row, more than the rest of the
 * row. The list comes from Hibernate's own mapping of the entity, so it cannot drift from it.
 */
public final class EntityColumns {

    private static final Map<String, String> LISTS = new ConcurrentHashMap<>();

    private EntityColumns() {}

    /** The entity's mapped columns, each qualified by {@code alias}, joined by commas. */
    public static String of(EntityManager entityManager, Class<?> type, String alias) {
        return LISTS.computeIfAbsent(type.getName() + ' ' + alias, key -> {
            EntityPersister entity = entityManager
                    .getEntityManagerFactory()
                    .unwrap(SessionFactoryImplementor.class)
                    .getMappingMetamodel()
                    .getEntityDescriptor(type);
            StringJoiner columns = new StringJoiner(", ");
            SelectableConsumer add = (position, column) -> columns.add(alias + "." + column.getSelectionExpression());
            entity.getIdentifierMapping().forEachSelectable(add);
            entity.forEachSelectable(add);
            return columns.toString();
        });
    }
}
