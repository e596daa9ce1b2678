package com.photostore.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core from {@code test-tools/node_modules/axe-core}, run in the page: the accessibility violations it finds. */
final class AxeCore {
    private static final String SOURCE = read();

    private AxeCore() {
    }

    /** The serious and critical violations on the page as it is now, one line each: rule, impact and the elements. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
            script.executeScript(SOURCE);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) script.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] })"
                        + ".then(result => done(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))))"
                        + ".catch(error => done([{ id: 'axe-error', impact: 'critical', nodes: String(error) }]));");
        return violations.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList();
    }

    private static String read() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("test-tools/node_modules/axe-core/axe.min.js");
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readString(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("axe-core is not installed; run npm ci in test-tools");
    }
}
