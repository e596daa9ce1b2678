package com.photostore.port.out.broken;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/** Implementations of a port that behave like a healthy one except for one deliberately wrong method. */
final class Sabotage {

    /** What the sabotaged method does instead, given its arguments and a way to call the healthy method. */
    @FunctionalInterface
    interface Replacement {
        Object call(Object[] args, Function<Object[], Object> healthy);
    }

    private Sabotage() {
    }

    /** The port, delegating to {@code healthy} except that {@code methodName} runs {@code replacement}. */
    static <T> T of(Class<T> port, T healthy, String methodName, Replacement replacement) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
            Object[] arguments = args == null ? new Object[0] : args;
            if (method.getName().equals(methodName)) {
                return replacement.call(arguments, a -> invoke(healthy, method, a));
            }
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(healthy, arguments);
            }
            return invoke(healthy, method, arguments);
        });
        return port.cast(proxy);
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
