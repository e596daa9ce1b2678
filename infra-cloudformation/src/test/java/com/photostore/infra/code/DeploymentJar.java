package com.photostore.infra.code;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * A function's deployment jar, read as the Lambda runtime reads it: whether a handler string's class is in the jar,
 * concrete, with a public no-argument constructor and a public method of the handler's name (inherited ones count),
 * the class loaded without being initialised by a class loader that sees the jar and the JDK only.
 */
public final class DeploymentJar {
    private final Path jar;

    /** The jar at a path. */
    public DeploymentJar(Path jar) {
        this.jar = jar;
    }

    /** What is wrong with a handler string such as {@code com.photostore.lambda.PhotosHandler::handleRequest}. */
    public Optional<String> problemWith(String handler) {
        if (!Files.isRegularFile(jar)) {
            return Optional.of("the deployment jar " + jar + " does not exist: build it with "
                    + "./mvnw -B -pl app-lambda -am package");
        }
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String method = separator < 0 ? "handleRequest" : handler.substring(separator + 2);
        String entry = className.replace('.', '/') + ".class";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(entry) == null) {
                return Optional.of(jar.getFileName() + " holds no class " + className);
            }
        } catch (IOException e) {
            return Optional.of(jar + " is not a jar: " + e.getMessage());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            return problemWith(Class.forName(className, false, loader), method);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of(className + " does not load from " + jar.getFileName() + ": " + e);
        } catch (IOException e) {
            return Optional.of("cannot read " + jar + ": " + e.getMessage());
        }
    }

    private Optional<String> problemWith(Class<?> handler, String method) {
        if (Modifier.isAbstract(handler.getModifiers()) || handler.isInterface()) {
            return Optional.of(handler.getName() + " is abstract: the runtime cannot create it");
        }
        try {
            handler.getConstructor();
        } catch (NoSuchMethodException e) {
            return Optional.of(handler.getName() + " has no public no-argument constructor");
        }
        boolean found = Arrays.stream(handler.getMethods())
                .anyMatch(m -> m.getName().equals(method) && !Modifier.isStatic(m.getModifiers())
                        && !Modifier.isAbstract(m.getModifiers()) && m.getDeclaringClass() != Object.class);
        return found ? Optional.empty() : Optional.of(handler.getName() + " in " + jar.getFileName()
                + " has no public method " + method);
    }
}
