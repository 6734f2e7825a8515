import * as z from "zod";
import { describeValue } from "../errors/describe.js";

/**
 * An object with exactly the fields of `shape`: a field it does not have is an `UNKNOWN_FIELD` issue
 * whose message lists the fields; a value that is not an object names the value and the fields.
 *
 * @param what - What the object is, for the messages, e.g. `"a unit"`.
 */
export function fieldsSchema<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  const fields = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") return `the fields of ${what} are ${fields}`;
      if (issue.code === "invalid_type") {
        return `${describeValue(issue.input)} is not ${what} { ${fields} }`;
      }
      return undefined;
    },
  });
}
