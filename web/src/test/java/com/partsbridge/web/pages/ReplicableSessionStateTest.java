package com.partsbridge.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR is distributable: on the clustered server a session is marshalled to the other nodes at the end of
 * every request, and with it each page's view-scoped bean. One value that is not Serializable fails the whole
 * session's replication (the sign-in with it). Every field of a view- or session-scoped bean, and everything it
 * holds (record components, fields, type arguments of lists and maps), must be Serializable.
 */
class ReplicableSessionStateTest {

    @Test
    void everythingAPageKeepsInTheSessionIsSerializable() throws IOException, URISyntaxException {
        Set<String> offenders = new TreeSet<>();
        for (Class<?> bean : sessionBeans()) {
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                if (!Serializable.class.isAssignableFrom(c)) {
                    offenders.add(c.getName() + " (the bean)");
                }
                for (Field f : c.getDeclaredFields()) {
                    if (kept(f) && !f.isAnnotationPresent(Inject.class)) {
                        check(f.getGenericType(), bean.getSimpleName() + "." + f.getName(), offenders, new HashSet<>());
                    }
                }
            }
        }
        assertEquals(Set.of(), offenders, "not Serializable, but kept in a replicated session");
    }

    private static boolean kept(Field f) {
        return !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers());
    }

    private static void check(Type type, String where, Set<String> offenders, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, offenders, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, offenders, seen);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, offenders, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || c == Object.class) {
            return;
        }
        if (c.isInterface()
                && (List.class.isAssignableFrom(c)
                        || java.util.Map.class.isAssignableFrom(c)
                        || java.util.Collection.class.isAssignableFrom(c))) {
            return; // the implementations used (List.of, ArrayList, Map.of) are Serializable; elements checked above
        }
        if (c.getName().startsWith("java.") || c.getName().startsWith("jakarta.")) {
            if (!Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
                offenders.add(c.getName() + " in " + where);
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            offenders.add(c.getName() + " in " + where);
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                check(rc.getGenericType(), where, offenders, seen);
            }
        } else {
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (kept(f)) {
                        check(f.getGenericType(), where, offenders, seen);
                    }
                }
            }
        }
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(ReplicableSessionStateTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, ReplicableSessionStateTest.class.getClassLoader());
                    if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                        beans.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class the test class path cannot load holds no session state of a page
                }
            }
        }
        return beans;
    }
}
