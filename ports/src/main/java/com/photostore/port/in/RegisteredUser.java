package com.photostore.port.in;

import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import java.time.Instant;

/** The account that was created. */
public record RegisteredUser(UserId id, Username username, Instant createdAt) {
}
