package dev.migrator.inspect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a connection and counts every statement and metadata request made through it. */
final class StatementCounter {

    private static final Set<String> COUNTED = Set.of("createStatement", "prepareStatement", "prepareCall",
            "getMetaData");

    private final AtomicInteger count = new AtomicInteger();

    Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (COUNTED.contains(method.getName())) {
                        count.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    int count() {
        return count.get();
    }
}
