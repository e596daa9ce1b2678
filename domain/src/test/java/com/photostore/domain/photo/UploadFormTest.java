package com.photostore.domain.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadFormTest {

    @Test
    void keepsTheFieldsInOrderAndUnmodifiable() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", "users/u/originals/p");
        fields.put("policy", "cG9saWN5");
        UploadForm form = new UploadForm(URI.create("http://localhost:9000/photos"), fields, Instant.EPOCH);

        fields.put("x-amz-signature", "changed later");

        assertThat(form.fields()).containsExactly(Map.entry("key", "users/u/originals/p"), Map.entry("policy", "cG9saWN5"));
        assertThatThrownBy(() -> form.fields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void printsFieldNamesButNeverTheirValues() {
        UploadForm form = new UploadForm(URI.create("http://localhost:9000/photos"),
                Map.of("x-amz-security-token", "SECRET-SESSION-TOKEN", "x-amz-signature", "abcdef0123"), Instant.EPOCH);

        assertThat(form.toString()).contains("x-amz-security-token", "x-amz-signature")
                .doesNotContain("SECRET-SESSION-TOKEN").doesNotContain("abcdef0123");
    }
}
