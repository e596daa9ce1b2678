/** Security events and alerts written as structured log lines, and counted per kind. */
package com.photostore.adapters.common.logging;
