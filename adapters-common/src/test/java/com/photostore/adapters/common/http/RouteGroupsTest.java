package com.photostore.adapters.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.http.contract.FakeBackedRoutes;
import com.photostore.port.out.fake.Fakes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteGroupsTest {
    private static final Map<Class<? extends RouteGroup>, Set<ApiOperation>> DECLARED = Map.of(
            UserRoutes.class, UserRoutes.OPERATIONS,
            SessionRoutes.class, SessionRoutes.OPERATIONS,
            TokenRoutes.class, TokenRoutes.OPERATIONS,
            UploadRoutes.class, UploadRoutes.OPERATIONS,
            PhotoRoutes.class, PhotoRoutes.OPERATIONS,
            ApiDocumentRoutes.class, ApiDocumentRoutes.OPERATIONS);

    @Test
    void eachGroupBindsExactlyTheOperationsItDeclares() {
        List<RouteGroup> groups = FakeBackedRoutes.over(new Fakes());

        assertThat(groups).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(DECLARED.keySet());
        for (RouteGroup group : groups) {
            RouteTable table = ApiRoutes.table(List.of(group));
            assertThat(table.operations()).as(group.getClass().getSimpleName())
                    .isEqualTo(DECLARED.get(group.getClass()));
        }
    }

    @Test
    void theGroupsShareTheApiWithoutOverlap() {
        List<ApiOperation> all = new ArrayList<>();
        DECLARED.values().forEach(all::addAll);

        assertThat(all).doesNotHaveDuplicates();
        assertThat(EnumSet.copyOf(all)).isEqualTo(EnumSet.allOf(ApiOperation.class));
    }
}
