/** Helpers the adapters of both deployments may share: request signing. Not an adapter itself. */
package com.photostore.adapters.common.support;
