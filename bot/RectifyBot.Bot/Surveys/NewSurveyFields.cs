using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// Reads the new-survey form as submitted (card data is not trusted): dates as the date picker sends them or as typed
/// ("2026-12-01", "2026/12/1", "2026年12月1日"), quotas as whole numbers (full-width digits too; blank is 0), extra
/// questions one a line. Every problem goes next to its field, in the user's language; the values stay as typed.
/// </summary>
public static class NewSurveyFields
{
    /// <summary>Where errors about the quotas as a whole are shown.</summary>
    public const string QuotasField = "quotas";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    public static NewSurveyForm Read(JObject? data)
    {
        string? Value(string id) => data?.Value<string>(id);
        return new NewSurveyForm
        {
            Unit = Value(NewSurveyForm.UnitId),
            FirstDay = Value(NewSurveyForm.FirstDayId),
            LastDay = Value(NewSurveyForm.LastDayId),
            Quotas = NewSurveyForm.QuotaCategories.ToDictionary(c => c, c => Value(NewSurveyForm.QuotaId(c)) ?? ""),
            Questions = Value(NewSurveyForm.QuestionsId),
        };
    }

    /// <summary>The request when the form can be read, else the form with its errors.</summary>
    public static (SurveyRequest? Request, NewSurveyForm Form) Check(UserLanguage language, NewSurveyForm form, IReadOnlyCollection<string> allowedUnits)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(allowedUnits);
        var errors = new List<(string, string)>();
        var unit = form.Unit?.Trim();
        if (string.IsNullOrEmpty(unit))
        {
            errors.Add((NewSurveyForm.UnitId, CardText.Get(language, "NewSurvey_Error_UnitRequired")));
        }
        else if (!allowedUnits.Contains(unit))
        {
            errors.Add((NewSurveyForm.UnitId, CardText.Get(language, "SurveyRequest_NotAllowed")));
        }

        var first = Date(form.FirstDay);
        var last = Date(form.LastDay);
        if (first is null)
        {
            errors.Add((NewSurveyForm.FirstDayId, CardText.Get(language, "NewSurvey_Error_DateUnreadable")));
        }

        if (last is null)
        {
            errors.Add((NewSurveyForm.LastDayId, CardText.Get(language, "NewSurvey_Error_DateUnreadable")));
        }
        else if (first is not null && last < first)
        {
            errors.Add((NewSurveyForm.LastDayId, CardText.Get(language, "SurveyRequest_WindowInvalid")));
        }

        var quotas = new List<CategoryQuota>();
        foreach (var category in NewSurveyForm.QuotaCategories)
        {
            var typed = form.Quotas.GetValueOrDefault(category)?.Normalize(NormalizationForm.FormKC).Trim() ?? "";
            if (typed.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                errors.Add((NewSurveyForm.QuotaId(category), CardText.Format(language, "NewSurvey_Error_QuotaUnreadable", SurveyLimits.MaxQuota)));
            }
            else if (count > SurveyLimits.MaxQuota)
            {
                errors.Add((NewSurveyForm.QuotaId(category), CardText.Format(language, "SurveyRequest_QuotaTooLarge", SurveyLimits.MaxQuota)));
            }
            else if (count > 0)
            {
                quotas.Add(new CategoryQuota(category, count));
            }
        }

        if (quotas.Count == 0 && !errors.Any(e => e.Item1.StartsWith("quota_", StringComparison.Ordinal)))
        {
            errors.Add((QuotasField, CardText.Get(language, "SurveyRequest_NoQuota")));
        }

        var questions = (form.Questions ?? "").Split('\n').Select(q => q.Trim()).Where(q => q.Length > 0).ToList();
        if (questions.Count > SurveyLimits.MaxExtraQuestions)
        {
            errors.Add((NewSurveyForm.QuestionsId, CardText.Format(language, "SurveyRequest_TooManyQuestions", SurveyLimits.MaxExtraQuestions)));
        }

        if (questions.Any(q => q.Length > SurveyLimits.QuestionMaxLength))
        {
            errors.Add((NewSurveyForm.QuestionsId, CardText.Format(language, "SurveyRequest_QuestionTooLong", SurveyLimits.QuestionMaxLength)));
        }

        return errors.Count > 0
            ? (null, WithErrors(language, form, errors))
            : (new SurveyRequest(unit!, first!.Value, last!.Value, quotas, questions), form);
    }

    /// <summary>The field a refusal of <see cref="SurveyCreation"/> is shown next to, and its message.</summary>
    public static NewSurveyForm Refused(UserLanguage language, NewSurveyForm form, SurveyRequestProblem problem)
    {
        var field = problem switch
        {
            SurveyRequestProblem.NotAllowed or SurveyRequestProblem.UnknownUnit => NewSurveyForm.UnitId,
            SurveyRequestProblem.WindowInvalid or SurveyRequestProblem.WindowInThePast => NewSurveyForm.LastDayId,
            SurveyRequestProblem.TooManyQuestions or SurveyRequestProblem.QuestionTooLong => NewSurveyForm.QuestionsId,
            _ => QuotasField,
        };
        var limit = problem switch
        {
            SurveyRequestProblem.TooManyQuestions => SurveyLimits.MaxExtraQuestions,
            SurveyRequestProblem.QuestionTooLong => SurveyLimits.QuestionMaxLength,
            _ => SurveyLimits.MaxQuota,
        };
        return WithErrors(language, form, [(field, CardText.Format(language, "SurveyRequest_" + problem, limit))]);
    }

    private static NewSurveyForm WithErrors(UserLanguage language, NewSurveyForm form, IReadOnlyList<(string, string)> errors) =>
        form with { Errors = errors, Notice = CardText.Get(language, "NewSurvey_NotCreated") };

    private static DateOnly? Date(string? typed) =>
        DateOnly.TryParseExact(typed?.Normalize(NormalizationForm.FormKC).Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
