package com.photostore.port.in;

/** Creates an account. */
public interface RegisterUserUseCase {

    /** Registers a new user; invalid input, a weak password or a taken username change nothing. */
    RegisteredUser register(RegisterUserCommand command);
}
