package nl.wegwijzer.directory.support;

/** Which page of a list to fetch; checked so that no caller can ask for an unbounded page. */
public record PageRequest(int number, int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public PageRequest {
    if (number < 1) {
      throw new InvalidInputException("page", "page starts at 1");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(1, size);
  }

  public int offset() {
    return (number - 1) * size;
  }
}
