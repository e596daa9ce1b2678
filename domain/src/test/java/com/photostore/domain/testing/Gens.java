package com.photostore.domain.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories generators the library lacks: ranges favouring their ends, strings of chosen characters, collections. */
public final class Gens {
    /** How many examples every property of the domain tries. */
    public static final int EXAMPLES = 500;
    private static final int ORDINARY_WEIGHT = 9;
    private static final int EDGE_WEIGHT = 1;
    private static final int MAX_ARRAY_LENGTH = 255;

    private Gens() {
    }

    /** One of {@code values}, each equally likely. */
    @SafeVarargs
    public static <T> Gen<T> of(T... values) {
        List<T> choices = new ArrayList<>();
        for (T value : values) {
            choices.add(value);
        }
        return Generate.pick(choices);
    }

    /** {@code null} half of the time, otherwise a value of {@code values}. */
    public static <T> Gen<T> orNull(Gen<T> values) {
        return Generate.frequency(Pair.of(1, Generate.constant((T) null)), Pair.of(1, values));
    }

    /** Integers from {@code min} to {@code max}, both included, with the ends and zero drawn often. */
    public static Gen<Integer> ints(int min, int max) {
        return longs((long) min, (long) max).map(Long::intValue);
    }

    /** Longs from {@code min} to {@code max}, both included, with the ends and zero drawn often. */
    public static Gen<Long> longs(long min, long max) {
        Gen<Long> ordinary = min == Long.MIN_VALUE && max == Long.MAX_VALUE ? SourceDSL.longs().all()
                : SourceDSL.longs().between(min, max);
        List<Long> edges = LongStream.of(min, min + 1, 0, max - 1, max)
                .filter(value -> value >= min && value <= max).distinct().boxed().toList();
        return Generate.frequency(Pair.of(ORDINARY_WEIGHT, ordinary), Pair.of(EDGE_WEIGHT, Generate.pick(edges)));
    }

    /** Every long, with the extremes and zero drawn often. */
    public static Gen<Long> anyLong() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Doubles from {@code min} to {@code max}, both included, with the ends and zero drawn often. */
    public static Gen<Double> doubles(double min, double max) {
        List<Double> edges = Arrays.stream(new double[] {min, 0, max})
                .filter(value -> value >= min && value <= max).distinct().boxed().toList();
        return Generate.frequency(Pair.of(ORDINARY_WEIGHT, SourceDSL.doubles().between(min, max)),
                Pair.of(EDGE_WEIGHT, Generate.pick(edges)));
    }

    /** Arrays of {@code length} bytes, any byte value, the extremes and zero often. */
    public static Gen<byte[]> bytes(int length) {
        return bytes(length, length);
    }

    /** Arrays of {@code minLength} to {@code maxLength} bytes. */
    public static Gen<byte[]> bytes(int minLength, int maxLength) {
        Gen<Byte> values = ints(Byte.MIN_VALUE, Byte.MAX_VALUE).map(Integer::byteValue);
        return lists(values, minLength, maxLength).map(list -> {
            byte[] array = new byte[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
            }
            return array;
        });
    }

    /** Arrays of up to 255 bytes, the empty one included. */
    public static Gen<byte[]> anyBytes() {
        return bytes(0, MAX_ARRAY_LENGTH);
    }

    /** Any UTF-16 code unit, lone surrogates included. */
    public static Gen<Character> anyChar() {
        return Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE);
    }

    /** One of the characters of {@code chars}. */
    public static Gen<Character> chars(String chars) {
        return Generate.pick(chars.chars().mapToObj(c -> (char) c).toList());
    }

    /** A character from {@code from} to {@code to}, both included. */
    public static Gen<Character> charRange(char from, char to) {
        return Generate.characters(from, to);
    }

    /** Strings of {@code minLength} to {@code maxLength} characters drawn from {@code chars}; both lengths occur often. */
    public static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        return lists(chars, minLength, maxLength).map(list ->
                list.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** Lists of {@code minSize} to {@code maxSize} elements; both sizes occur often. */
    public static <T> Gen<List<T>> lists(Gen<T> elements, int minSize, int maxSize) {
        return SourceDSL.lists().of(elements).ofSizes(ints(minSize, maxSize));
    }

    /** Lists of at most {@code maxSize} elements no two of which share a key. */
    public static <T> Gen<List<T>> uniqueLists(Gen<T> elements, int maxSize, Function<T, ?> key) {
        return lists(elements, 0, maxSize).map(list -> {
            Set<Object> seen = new HashSet<>();
            List<T> unique = new ArrayList<>();
            for (T element : list) {
                if (seen.add(key.apply(element))) {
                    unique.add(element);
                }
            }
            return unique;
        });
    }

    /** Maps of at most {@code maxSize} entries. */
    public static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int maxSize) {
        return lists(keys.zip(values, Pair::of), 0, maxSize).map(entries -> {
            Map<K, V> map = new LinkedHashMap<>();
            entries.forEach(entry -> map.putIfAbsent(entry._1, entry._2));
            return map;
        });
    }
}
