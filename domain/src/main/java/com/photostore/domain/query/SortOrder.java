package com.photostore.domain.query;

/** Ascending or descending. */
public enum SortOrder {
    ASC,
    DESC;

    /** The lower-case name used in the API. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
