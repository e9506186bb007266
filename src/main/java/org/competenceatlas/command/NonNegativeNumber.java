package org.competenceatlas.command;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's value as a whole number of 0 or more: {@code converter = ...class}. */
public final class NonNegativeNumber implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (number < 0) {
      throw new TypeConversionException("'" + value + "' is below 0");
    }
    return number;
  }
}
