package com.photostore.infra.template;

/**
 * What {@link Intrinsics#walk} reports while it walks a value: each reference to a name, each attribute read, each
 * condition named and each function called, with the path of the value in the template.
 */
public interface IntrinsicVisitor {

    /** A {@code Ref}, or a {@code ${Name}} variable of an {@code Fn::Sub} that is not one of its own. */
    default void ref(String path, String name) {
    }

    /** An {@code Fn::GetAtt}, or a {@code ${Resource.Attribute}} variable of an {@code Fn::Sub}. */
    default void getAtt(String path, String resource, String attribute) {
    }

    /** A condition named by {@code Fn::If} or by the {@code Condition} function. */
    default void condition(String path, String name) {
    }

    /** Any {@code Fn::} function, with its argument. */
    default void function(String path, String name, Object argument) {
    }

    /** A value that is malformed as an intrinsic function, such as an {@code Fn::GetAtt} without an attribute. */
    default void malformed(String path, String problem) {
    }
}
