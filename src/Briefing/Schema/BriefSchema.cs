using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Format;

namespace Briefing.Schema;

/// <summary>
/// Generates the JSON Schema (draft-07, which editors such as VS Code's YAML extension understand) of
/// the <c>brief/1</c> format from <see cref="BriefFormat"/>, the same description the loader checks against.
/// </summary>
public static class BriefSchema
{
    /// <summary>The schema's draft.</summary>
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    private const string LanguagePattern = "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$";

    /// <summary>What a telephone number may hold (the loader checks the same, <see cref="TelephoneNumbers"/>).</summary>
    private const string TelephonePattern = TelephoneNumbers.Pattern;

    /// <summary>The schema as indented JSON text (deterministic: the same for every call).</summary>
    public static string Generate()
    {
        var definitions = new JsonObject
        {
            ["text"] = Localized("A text: one string for every language, or a mapping of language code to string."),
            ["prose"] = Localized("Prose with light markup (paragraphs, **bold**, *italic*, [links](https://...), '- ' bullets): one string, or a mapping of language code to string."),
            ["id"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$",
                ["description"] = "A lowercase kebab-case id.",
            },
            ["date"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                ["description"] = "An ISO 8601 date, YYYY-MM-DD.",
            },
            ["url"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^(https?://|mailto:)",
                ["description"] = "An http, https or mailto URL.",
            },
            ["language"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = LanguagePattern,
                ["description"] = "A BCP 47 language code with a translation, e.g. en or ko.",
            },
        };

        foreach (var spec in new[]
                 {
                     BriefFormat.Prepared, BriefFormat.Approval, BriefFormat.Consultation, BriefFormat.Delegation, BriefFormat.Participant, BriefFormat.Agreement,
                     BriefFormat.Question, BriefFormat.TimelineEntry, BriefFormat.Section, BriefFormat.Source,
                 })
        {
            definitions[DefinitionName(spec)] = Object(spec);
        }

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = "https://brief.invalid/schema/brief-1.json",
            ["title"] = "brief/1",
        };
        foreach (var (key, value) in Object(BriefFormat.Brief))
        {
            schema[key] = value?.DeepClone();
        }

        schema["definitions"] = definitions;
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            // Keep non-ASCII readable and '+' / '<' unescaped: the schema is read by people too.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return schema.ToJsonString(options) + "\n";
    }

    private static JsonObject Object(ObjectSpec spec)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in spec.Fields)
        {
            var property = Property(field);
            property["description"] ??= field.Description;
            properties[field.Name] = property;
            if (field.Required)
            {
                required.Add((JsonNode?)JsonValue.Create(field.Name));
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = spec.Description,
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Property(FieldSpec field) => field.Kind switch
    {
        FieldKind.FormatName => new JsonObject { ["const"] = BriefFormat.Name, ["description"] = field.Description },
        FieldKind.Text => Reference("text", field),
        FieldKind.Prose => Reference("prose", field),
        FieldKind.Id or FieldKind.Reference => Reference("id", field),
        FieldKind.ReferenceList => new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["$ref"] = "#/definitions/id" },
        },
        FieldKind.Date => Reference("date", field),
        FieldKind.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
        FieldKind.Choice => new JsonObject { ["type"] = "string", ["enum"] = Strings(field.Choices ?? []) },
        FieldKind.Languages => new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["uniqueItems"] = true,
            ["items"] = new JsonObject { ["$ref"] = "#/definitions/language" },
        },
        FieldKind.Url => Reference("url", field),
        FieldKind.Path => new JsonObject { ["type"] = "string", ["pattern"] = "^(?!/)(?!.*\\\\)", ["description"] = field.Description },
        FieldKind.Telephone => new JsonObject { ["type"] = "string", ["pattern"] = TelephonePattern },
        FieldKind.LocalizedReference => new JsonObject
        {
            ["oneOf"] = new JsonArray(
                new JsonObject { ["$ref"] = "#/definitions/id" },
                new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["propertyNames"] = new JsonObject { ["pattern"] = LanguagePattern },
                    ["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/id" },
                }),
        },
        FieldKind.Object => Reference(DefinitionName(field.Item!), field),
        FieldKind.List => new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["$ref"] = "#/definitions/" + DefinitionName(field.Item!) },
        },
        _ => throw new InvalidOperationException($"no schema for {field.Kind}"),
    };

    // draft-07 ignores keywords beside $ref, so the description sits in an allOf wrapper.
    private static JsonObject Reference(string definition, FieldSpec field) => new()
    {
        ["description"] = field.Description,
        ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/" + definition }),
    };

    private static JsonObject Localized(string description) => new()
    {
        ["description"] = description,
        ["oneOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            new JsonObject
            {
                ["type"] = "object",
                ["minProperties"] = 1,
                ["propertyNames"] = new JsonObject { ["pattern"] = LanguagePattern },
                ["additionalProperties"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            }),
    };

    private static JsonArray Strings(IReadOnlyList<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            // A JsonNode, not Add<T>: the generic Add needs reflection that trimmed and AOT builds lack.
            array.Add((JsonNode?)JsonValue.Create(value));
        }

        return array;
    }

    private static string DefinitionName(ObjectSpec spec) => spec.Name.Replace(' ', '-');
}
