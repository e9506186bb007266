package org.competenceatlas.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.competenceatlas.common.Abbreviate;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The schema's {@code Date}: a calendar day written as an ISO date (2024-05-31), a {@link
 * LocalDate} in Java. It accepts the days a portfolio can mean, years 1900 to 2100 written with
 * four digits and no sign; ISO 8601 also allows -0001-01-01 and +99999-01-01, and nobody's
 * experience has such a date. A refusal carries its reason under {@link #REFUSAL}, which {@link
 * DateRefusals} turns into the API's BAD_REQUEST naming the field.
 */
@Component
class DateScalar implements RuntimeWiringConfigurer {

  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** The extension of a refused date that holds why, without the field's name. */
  static final String REFUSAL = "dateRefusal";

  /** The extension of a refused date that holds the text refused. */
  static final String REFUSED = "dateRefused";

  static final GraphQLScalarType DATE =
      GraphQLScalarType.newScalar()
          .name("Date")
          .description("A calendar day as an ISO date such as 2024-05-31, from 1900 to 2100.")
          .coercing(new DateCoercing())
          .build();

  @Override
  public void configure(RuntimeWiring.Builder builder) {
    builder.scalar(DATE);
  }

  /** The day {@code text} names, or the reason it names none the API accepts. */
  static LocalDate parse(String text) throws Refused {
    LocalDate date;
    try {
      if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
      }
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Refused(
          text, "must be an ISO date such as 2024-05-31; got '" + Abbreviate.of(text) + "'");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new Refused(text, "must lie between " + EARLIEST + " and " + LATEST + "; got " + date);
    }
    return date;
  }

  /** A text that names no accepted day. */
  static final class Refused extends Exception {

    private final String text;

    Refused(String text, String reason) {
      super(reason, null, false, false);
      this.text = text;
    }

    Map<String, Object> extensions() {
      return Map.of(REFUSAL, getMessage(), REFUSED, text);
    }
  }

  private static final class DateCoercing implements Coercing<LocalDate, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof LocalDate date) {
        return date.toString();
      }
      throw new CoercingSerializeException("A Date must be a LocalDate, not " + value.getClass());
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
      var text = input instanceof String string ? string : String.valueOf(input);
      try {
        return parse(text);
      } catch (Refused refused) {
        throw CoercingParseValueException.newCoercingParseValueException()
            .message("The date " + refused.getMessage())
            .extensions(refused.extensions())
            .build();
      }
    }

    @Override
    public LocalDate parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      var text = input instanceof StringValue string ? string.getValue() : String.valueOf(input);
      try {
        return parse(text);
      } catch (Refused refused) {
        throw CoercingParseLiteralException.newCoercingParseLiteralException()
            .message("The date " + refused.getMessage())
            .extensions(refused.extensions())
            .build();
      }
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return StringValue.of(serialize(input, context, locale));
    }
  }
}
