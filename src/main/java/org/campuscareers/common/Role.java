package org.campuscareers.common;

/** Realm roles carried in access tokens. */
public final class Role {
    public static final String GRADUATE = "graduate";
    public static final String EMPLOYER = "employer";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    private Role() {}
}
