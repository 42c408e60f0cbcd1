package dev.frontline.forecast;

import dev.frontline.forecast.internal.CategoryStore;
import dev.frontline.pipeline.DealCategories;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The forecast categories for the pipeline's deal edits ({@code PATCH /api/v1/opportunities/{id}}, the deal page's
 * form): the same write as the forecast's own ({@link CallDesk#setCategory}), its problems named
 * {@code forecastCategory} as the edit calls the field.
 */
@Component
class CategoriesForDealEdits implements DealCategories {

    private final CategoryStore categories;
    private final CallDesk calls;

    CategoriesForDealEdits(CategoryStore categories, CallDesk calls) {
        this.categories = categories;
        this.calls = calls;
    }

    @Override
    public @Nullable String category(long opportunityId) {
        CategoryStore.Set set = categories.of(List.of(opportunityId)).get(opportunityId);
        return set == null ? null : set.category().name();
    }

    @Override
    public int version(long opportunityId) {
        return categories.version(opportunityId);
    }

    @Override
    public Map<String, String> choices() {
        Map<String, String> out = new LinkedHashMap<>();
        Arrays.stream(ForecastCategory.values()).forEach(c -> out.put(c.name(), c.label()));
        return out;
    }

    @Override
    public void set(Scope scope, long opportunityId, String category, @Nullable Integer version) {
        ForecastCategory chosen;
        try {
            chosen = ForecastCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("forecastCategory", "'" + category + "' is not a forecast category");
        }
        try {
            calls.setCategory(scope, opportunityId, chosen, version);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream().map(m -> m.replaceFirst("^category:", "forecastCategory:"))
                    .toList());
        }
    }
}
