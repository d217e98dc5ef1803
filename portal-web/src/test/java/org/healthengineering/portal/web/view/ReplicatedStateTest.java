package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a cluster the session, and every view-scoped bean in it, is copied to the Data Grid after each request and read
 * back on whichever node serves the next one. So every field such a bean keeps must serialize: each field's type,
 * and the types inside its lists, maps and optionals, down through the records and entities they hold. Injected
 * services are container proxies that serialize by reference, and {@code transient} fields are rebuilt, so both are
 * left out. A missing {@code Serializable} would otherwise show only on a cluster, as a lost session.
 */
class ReplicatedStateTest {

    @Test
    void everythingASessionOrViewKeepsCanTravelToAnotherNode() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() > 30, "the view- and session-scoped beans were found: " + beans.size());
        Set<String> problems = new TreeSet<>();
        Set<Type> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : fields(bean)) {
                check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems, checked);
            }
        }
        assertEquals(Set.of(), problems, "state that cannot be replicated");
    }

    private static void check(Type type, String where, Set<String> problems, Set<Type> checked) {
        if (!checked.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, problems, checked);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where + "<…>", problems, checked);
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, problems, checked);
            }
            return;
        }
        if (!(type instanceof Class<?> cls) || cls.isPrimitive() || cls.isEnum() || cls == Object.class) {
            return;
        }
        if (cls.isArray()) {
            check(cls.getComponentType(), where + "[]", problems, checked);
            return;
        }
        // Collections and optionals are checked through their elements; the implementations used are serializable.
        if (Collection.class.isAssignableFrom(cls) || Map.class.isAssignableFrom(cls) || cls == Optional.class) {
            if (cls == Optional.class) {
                problems.add(where + " is an Optional, which does not serialize: keep the value or null");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(cls)) {
            problems.add(where + ": " + cls.getName() + " is not Serializable");
            return;
        }
        if (cls.getName().startsWith("org.healthengineering.")) {
            for (Field field : fields(cls)) {
                check(field.getGenericType(), cls.getSimpleName() + "." + field.getName(), problems, checked);
            }
        }
    }

    /** The portal's own fields that are serialized: not static, not transient, not injected (libraries answer for theirs). */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("org.healthengineering."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                        && !field.isAnnotationPresent(Inject.class) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(PageMessages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/healthengineering/portal/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ReplicatedStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
