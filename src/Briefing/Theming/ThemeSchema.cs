using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Briefing.Theming;

/// <summary>
/// Generates the JSON Schema (draft-07) of the <c>theme/1</c> format from <see cref="ThemeFormat"/>, the same
/// description the loader checks against; <c>docs/theme-1.schema.json</c> is its output.
/// </summary>
public static class ThemeSchema
{
    /// <summary>The schema as indented JSON text (the same for every call).</summary>
    public static string Generate()
    {
        var schema = Object(ThemeFormat.Theme);
        schema.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        schema.Insert(1, "$id", "https://brief.invalid/schema/theme-1.json");
        schema.Insert(2, "title", ThemeFormat.Name);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return schema.ToJsonString(options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonObject Object(ThemeKey key)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        JsonNode? additional = false;
        foreach (var child in key.Keys!)
        {
            if (child.Name == "*")
            {
                additional = Value(child);
                continue;
            }

            properties[child.Name] = Value(child);
            if (child.Required)
                required.Add((JsonNode)child.Name);
        }

        var result = new JsonObject { ["type"] = "object", ["description"] = key.Description, ["properties"] = properties };
        if (required.Count > 0)
            result["required"] = required;
        result["additionalProperties"] = additional;
        return result;
    }

    private static JsonObject Value(ThemeKey key) => key.Kind switch
    {
        ThemeKeyKind.FormatName => new JsonObject { ["const"] = ThemeFormat.Name, ["description"] = key.Description },
        ThemeKeyKind.String => new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = key.Description },
        ThemeKeyKind.Text => new JsonObject
        {
            ["description"] = key.Description,
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "string" },
                new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } }),
        },
        ThemeKeyKind.Colour => new JsonObject { ["type"] = "string", ["pattern"] = "^#[0-9A-Fa-f]{6}$", ["description"] = key.Description },
        ThemeKeyKind.Points => new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = ThemeFormat.MaxPoints, ["description"] = key.Description },
        ThemeKeyKind.Path => new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = key.Description },
        ThemeKeyKind.PathList => new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            ["description"] = key.Description,
        },
        ThemeKeyKind.Object or ThemeKeyKind.PerLanguage => Object(key),
        _ => throw new InvalidOperationException($"No schema for {key.Kind}."),
    };
}
