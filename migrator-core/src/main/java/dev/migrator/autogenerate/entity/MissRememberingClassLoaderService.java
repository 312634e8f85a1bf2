package dev.migrator.autogenerate.entity;

import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

/**
 * Hibernate's class loading for one schema build, remembering the names it could not load. Hibernate asks for
 * the {@code package-info} of an entity's package once per entity and per package-level annotation it looks for;
 * each miss walks every class loader and builds an exception, which for a thousand entities in a few packages
 * was a tenth of the build. Classes do not appear during a build, so a miss stays a miss.
 */
final class MissRememberingClassLoaderService implements ClassLoaderService {

    private final ClassLoaderService delegate;
    private final Map<String, ClassLoadingException> misses = new ConcurrentHashMap<>();

    MissRememberingClassLoaderService(ClassLoaderService delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> Class<T> classForName(String className) {
        ClassLoadingException known = misses.get(className);
        if (known != null) {
            throw known;
        }
        try {
            return delegate.classForName(className);
        } catch (ClassLoadingException miss) {
            misses.put(className, miss);
            throw miss;
        }
    }

    @Override
    public URL locateResource(String name) {
        return delegate.locateResource(name);
    }

    @Override
    public InputStream locateResourceStream(String name) {
        return delegate.locateResourceStream(name);
    }

    @Override
    public List<URL> locateResources(String name) {
        return delegate.locateResources(name);
    }

    @Override
    public <S> Collection<S> loadJavaServices(Class<S> serviceContract) {
        return delegate.loadJavaServices(serviceContract);
    }

    @Override
    public <T> T generateProxy(InvocationHandler handler, Class<?>... interfaces) {
        return delegate.generateProxy(handler, interfaces);
    }

    @Override
    public Package packageForNameOrNull(String packageName) {
        return delegate.packageForNameOrNull(packageName);
    }

    @Override
    public <T> T workWithClassLoader(Work<T> work) {
        return delegate.workWithClassLoader(work);
    }

    @Override
    public void stop() {
        delegate.stop();
    }
}
