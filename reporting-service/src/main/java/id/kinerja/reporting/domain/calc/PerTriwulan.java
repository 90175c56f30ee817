package id.kinerja.reporting.domain.calc;

import java.util.function.IntFunction;

/**
 * Four values, one per triwulan (TW I–IV), without an array or a list so that it stays immutable and cheap. Whether an
 * entry may be null is said by the type that uses it (a missing TW target is null; a cell is never null).
 *
 * @param <T> the value type
 */
public record PerTriwulan<T>(T tw1, T tw2, T tw3, T tw4) {

  /** The four values in order. */
  public static <T> PerTriwulan<T> of(T tw1, T tw2, T tw3, T tw4) {
    return new PerTriwulan<>(tw1, tw2, tw3, tw4);
  }

  /** The same value in every triwulan. */
  public static <T> PerTriwulan<T> all(T value) {
    return new PerTriwulan<>(value, value, value, value);
  }

  /** Builds the four values from a function of the triwulan number 1..4. */
  public static <T> PerTriwulan<T> build(IntFunction<T> f) {
    return new PerTriwulan<>(f.apply(1), f.apply(2), f.apply(3), f.apply(4));
  }

  /** The value of triwulan {@code tw} (1..4). */
  public T get(int tw) {
    switch (tw) {
      case 1:
        return tw1;
      case 2:
        return tw2;
      case 3:
        return tw3;
      case 4:
        return tw4;
      default:
        throw new IllegalArgumentException("triwulan must be 1..4, was " + tw);
    }
  }

  /** A copy with triwulan {@code tw} replaced. */
  public PerTriwulan<T> with(int tw, T value) {
    switch (tw) {
      case 1:
        return new PerTriwulan<>(value, tw2, tw3, tw4);
      case 2:
        return new PerTriwulan<>(tw1, value, tw3, tw4);
      case 3:
        return new PerTriwulan<>(tw1, tw2, value, tw4);
      case 4:
        return new PerTriwulan<>(tw1, tw2, tw3, value);
      default:
        throw new IllegalArgumentException("triwulan must be 1..4, was " + tw);
    }
  }

  static void checkTriwulan(int tw) {
    if (tw < 1 || tw > 4) {
      throw new IllegalArgumentException("triwulan must be 1..4, was " + tw);
    }
  }
}
