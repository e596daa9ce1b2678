/**
 * Helpers the local adapters share: the loopback port they bind to, the child processes they own, the lock that marks
 * a data directory's owner, and owner-only files.
 */
package com.photostore.adapters.local.support;
