package com.photostore.architecture;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The condition that a class, its members and their parameters carry annotations from {@code java..} only. */
final class JavaAnnotationsOnly extends ArchCondition<JavaClass> {

    private JavaAnnotationsOnly() {
        super("carry only annotations from java..");
    }

    static ArchCondition<JavaClass> condition() {
        return new JavaAnnotationsOnly();
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        report(javaClass, javaClass.getDescription(), javaClass.getAnnotations(), events);
        for (JavaMember member : javaClass.getMembers()) {
            report(javaClass, member.getDescription(), member.getAnnotations(), events);
            if (member instanceof JavaCodeUnit codeUnit) {
                for (JavaParameter parameter : codeUnit.getParameters()) {
                    report(javaClass, parameter.getDescription(), parameter.getAnnotations(), events);
                }
            }
        }
    }

    private static void report(JavaClass owner, String where, Iterable<? extends JavaAnnotation<?>> annotations,
                               ConditionEvents events) {
        for (JavaAnnotation<?> annotation : annotations) {
            String type = annotation.getRawType().getName();
            if (!type.startsWith("java.")) {
                events.add(SimpleConditionEvent.violated(owner, where + " is annotated with @" + type));
            }
        }
    }
}
