package dev.migrator.autogenerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Objects of the expected schema and of the database paired by a key: those in both, those only expected, those
 * only in the database. Each live object pairs at most once; target order is kept.
 */
record Pairing<T>(List<Pair<T>> both, List<T> targetOnly, List<T> liveOnly) {

    record Pair<T>(T target, T live) {
    }

    static <T> Pairing<T> byKey(List<? extends T> target, List<? extends T> live, Function<T, String> key) {
        Map<String, List<T>> unpaired = new LinkedHashMap<>();
        for (T object : live) {
            unpaired.computeIfAbsent(key.apply(object), k -> new ArrayList<>()).add(object);
        }
        List<Pair<T>> both = new ArrayList<>();
        List<T> targetOnly = new ArrayList<>();
        for (T object : target) {
            List<T> candidates = unpaired.get(key.apply(object));
            if (candidates == null || candidates.isEmpty()) {
                targetOnly.add(object);
            } else {
                both.add(new Pair<>(object, candidates.remove(0)));
            }
        }
        List<T> liveOnly = new ArrayList<>();
        unpaired.values().forEach(liveOnly::addAll);
        return new Pairing<>(both, targetOnly, liveOnly);
    }
}
