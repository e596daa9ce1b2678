/** The operating system's clock and secure random numbers as ports: time, identities and tokens. */
package com.photostore.adapters.common.system;
