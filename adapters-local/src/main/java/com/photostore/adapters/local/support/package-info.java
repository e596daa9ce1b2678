/** Helpers the local adapters share: the loopback port they bind to and the child processes they own. */
package com.photostore.adapters.local.support;
