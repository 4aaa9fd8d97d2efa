using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;
using static RectifyBot.Core.Tests.Roster.Import.RosterSheets;

namespace RectifyBot.Core.Tests.Roster.Import;

public sealed class RosterImportParserTests
{
    private static RosterImportError Single(RosterImportResult result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_valid_file_with_both_sheets_gives_units_and_active_unbound_people()
    {
        var result = Parse(
            Units(StandardUnits),
            People(
                Person("T001", "王五", set: [("职务", "支部书记、支部委员"), ("账号", "wangwu@example.edu.cn")]),
                Person("T002", "李四", "U021", "预备党员", ("行政职务单位编码", "D001"), ("职务级别", "正职"))));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(7, result.Roster!.Units.Count);
        var wang = result.Roster.People[0];
        Assert.Equal([new PositionHolding(Position.BranchSecretary, "U011"), new PositionHolding(Position.BranchCommitteeMember, "U011")], wang.Positions);
        Assert.True(wang.Active);
        Assert.Null(wang.AadObjectId);
        Assert.Equal(new AdministrativePost("D001", PostRank.Head), result.Roster.People[1].Post);
        Assert.Equal(PartyStatus.Probationary, result.Roster.People[1].PartyStatus);
    }

    [Fact]
    public void A_class_branch_keeps_its_class()
    {
        var unit = Parse(Units(StandardUnits)).Roster!.Units.Single(u => u.Code == "U012");

        Assert.True(unit.IsClassBranch);
        Assert.Equal("计科2101", unit.ClassName);
    }

    [Fact]
    public void A_file_with_only_headers_is_empty() =>
        Assert.Equal(RosterImportErrorCode.EmptyFile, Single(Parse(Units(), People())).Code);

    [Fact]
    public void A_person_whose_party_unit_does_not_exist_is_reported_with_row_and_column()
    {
        var error = Single(Parse(Units(StandardUnits), People(Person("T001", "王五"), Person("T002", "李四", "U999"))));

        Assert.Equal(new RosterImportError(RosterImportErrorCode.UnknownUnit, "人员", 3, "党组织编码", "U999"), error);
    }

    [Fact]
    public void Units_the_file_does_not_list_are_looked_up_in_the_current_roster()
    {
        var current = new Core.Roster.Roster(Parse(Units(StandardUnits)).Roster!.Units, []);

        var result = RosterImportParser.Parse([People(Person("T001", "王五"))], current: current);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void A_number_used_twice_is_reported_on_the_second_row()
    {
        var error = Single(Parse(Units(StandardUnits), People(Person("T001", "王五"), Person("T001", "王五"))));

        Assert.Equal(new RosterImportError(RosterImportErrorCode.DuplicateNumber, "人员", 3, "工号/学号", "T001"), error);
    }

    [Fact]
    public void A_unit_code_used_twice_is_reported_on_the_second_row()
    {
        var error = Single(Parse(Units([.. StandardUnits, ["U011", "重复支部", "党支部", "U010", "", ""]])));

        Assert.Equal(new RosterImportError(RosterImportErrorCode.DuplicateUnitCode, "单位", 9, "单位编码", "U011"), error);
    }

    [Fact]
    public void A_person_without_a_number_or_a_name_is_reported_for_each()
    {
        var result = Parse(Units(StandardUnits), People(Person("", "王五"), Person("T002", "  　")));

        Assert.Equal(
            [
                new RosterImportError(RosterImportErrorCode.MissingIdentity, "人员", 2, "工号/学号"),
                new RosterImportError(RosterImportErrorCode.MissingName, "人员", 3, "姓名"),
            ],
            result.Errors);
    }

    [Fact]
    public void A_unit_tree_with_a_cycle_is_reported_on_every_unit_in_it()
    {
        var result = Parse(Units(
            ["U000", "校党委", "校党委", "", "", ""],
            ["A", "甲党委", "二级党委", "B", "", ""],
            ["B", "乙党总支", "党总支", "A", "", ""]));

        Assert.Equal(
            [
                new RosterImportError(RosterImportErrorCode.UnitCycle, "单位", 3, "上级单位编码", "B"),
                new RosterImportError(RosterImportErrorCode.UnitCycle, "单位", 4, "上级单位编码", "A"),
            ],
            result.Errors);
    }

    [Fact]
    public void A_unit_that_is_its_own_parent_is_a_cycle() =>
        Assert.Equal(RosterImportErrorCode.UnitCycle, Single(Parse(Units(["U000", "校党委", "校党委", "", "", ""], ["A", "甲", "二级党委", "A", "", ""]))).Code);

    [Fact]
    public void A_parent_code_that_does_not_exist_is_an_unknown_unit() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.UnknownUnit, "单位", 2, "上级单位编码", "U404"),
            Single(Parse(Units(["A", "甲", "二级党委", "U404", "", ""]))));

    [Fact]
    public void Only_the_university_committee_may_lack_a_parent() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.MissingParentUnit, "单位", 2, "上级单位编码"),
            Single(Parse(Units(["A", "甲", "二级党委", "", "", ""]))));

    [Fact]
    public void An_unknown_unit_kind_is_reported_with_the_value() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.UnknownUnitKind, "单位", 2, "单位类型", "学院"),
            Single(Parse(Units(["U000", "校党委", "学院", "", "", ""]))));

    [Fact]
    public void A_post_rank_without_a_unit_is_a_post_without_unit() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.PostWithoutUnit, "人员", 2, "行政职务单位编码"),
            Single(Parse(Units(StandardUnits), People(Person("T001", "王五", set: ("职务级别", "副职"))))));

    [Theory]
    [InlineData("D999", "正职", RosterImportErrorCode.UnknownPostUnit, "行政职务单位编码")]
    [InlineData("U011", "正职", RosterImportErrorCode.PostUnitNotAdministrative, "行政职务单位编码")]
    [InlineData("D001、U020", "正职", RosterImportErrorCode.MoreThanOnePost, "行政职务单位编码")]
    [InlineData("D001", "处长", RosterImportErrorCode.UnknownPostRank, "职务级别")]
    [InlineData("D001", "", RosterImportErrorCode.PostWithoutRank, "职务级别")]
    public void A_wrong_post_is_reported_in_its_column(string unit, string rank, RosterImportErrorCode code, string column)
    {
        var error = Single(Parse(Units(StandardUnits), People(Person("T001", "王五", set: [("行政职务单位编码", unit), ("职务级别", rank)]))));

        Assert.Equal((code, 2, column), (error.Code, error.Row, error.Column));
    }

    [Fact]
    public void Positions_name_their_unit_with_at_or_take_it_from_the_party_unit()
    {
        var person = Parse(Units(StandardUnits), People(Person("T001", "王五", "U011", set: ("职务", "主要负责人；支部委员；领导班子成员@U020；校领导")))).Roster!.People[0];

        Assert.Equal(
            [
                new PositionHolding(Position.PrincipalLeader, "U010"),
                new PositionHolding(Position.BranchCommitteeMember, "U011"),
                new PositionHolding(Position.LeadershipTeamMember, "U020"),
                new PositionHolding(Position.UniversityLeadershipMember),
            ],
            person.Positions);
    }

    [Theory]
    [InlineData("U011", "支部大王", RosterImportErrorCode.UnknownPositionName)]
    [InlineData("", "支部书记", RosterImportErrorCode.PositionWithoutUnit)]
    [InlineData("U011", "支部书记@U010", RosterImportErrorCode.PositionInWrongUnitKind)]
    [InlineData("U011", "支部书记@U404", RosterImportErrorCode.UnknownUnit)]
    public void A_wrong_position_is_reported_in_the_positions_column(string partyUnit, string positions, RosterImportErrorCode code)
    {
        var error = Single(Parse(Units(StandardUnits), People(Person("T001", "王五", partyUnit, set: ("职务", positions)))));

        Assert.Equal((code, 2, "职务"), (error.Code, error.Row, error.Column));
    }

    [Fact]
    public void An_unknown_liaison_unit_is_reported_with_its_code() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.UnknownUnit, "人员", 2, "联系单位", "U404"),
            Single(Parse(Units(StandardUnits), People(Person("L001", "赵校长", "U021", set: [("职务", "校领导"), ("联系单位", "U010、U404")])))));

    [Theory]
    [InlineData("2021级")]
    [InlineData("0")]
    [InlineData("三")]
    public void A_year_that_is_not_a_year_of_study_is_invalid(string year)
    {
        var error = Single(Parse(Units(StandardUnits), People(Person("S001", "学生", "U012", set: ("年级", year)))));

        Assert.Equal((RosterImportErrorCode.InvalidYear, 2, "年级"), (error.Code, error.Row, error.Column));
    }

    [Fact]
    public void A_number_in_scientific_notation_is_refused_not_guessed() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.NumberInScientificNotation, "人员", 2, "工号/学号", "2.02103E+11"),
            Single(Parse(Units(StandardUnits), People(Person("2.02103E+11", "学生", "U012")))));

    [Fact]
    public void A_number_excel_wrote_with_a_decimal_loses_the_decimal() =>
        Assert.Equal("202103010001", Parse(Units(StandardUnits), People(Person("202103010001.0", "学生", "U012"))).Roster!.People[0].Number);

    [Fact]
    public void Student_numbers_are_padded_only_when_a_length_is_configured()
    {
        var people = People(
            Person("2103010001", "学生", "U012", set: ("学生类别", "本科")),
            Person("123", "教工", "U011"));

        var padded = RosterImportParser.Parse([Units(StandardUnits), people], new RosterImportOptions { StudentNumberLength = 12 }).Roster!.People;
        var unpadded = RosterImportParser.Parse([Units(StandardUnits), people]).Roster!.People;

        Assert.Equal(["002103010001", "123"], padded.Select(p => p.Number));
        Assert.Equal(["2103010001", "123"], unpadded.Select(p => p.Number));
    }

    [Fact]
    public void Full_width_codes_numbers_and_accounts_become_half_width_and_names_keep_their_characters()
    {
        var result = Parse(
            Units(StandardUnits),
            People(Person("２０２１０３０１　０００１", "　欧阳　 娜娜 ", "Ｕ０１１", set: [("账号", "ＯＹ＠example.edu.cn "), ("学生类别", "本科 ")])));

        var person = Assert.Single(result.Roster!.People);
        Assert.Equal("202103010001", person.Number);
        Assert.Equal("欧阳 娜娜", person.Name);
        Assert.Equal("U011", person.PartyUnitCode);
        Assert.Equal("OY@example.edu.cn", person.Upn);
        Assert.Equal(StudentLevel.Undergraduate, person.StudentLevel);
    }

    [Fact]
    public void Every_problem_of_the_file_is_reported_at_once()
    {
        var result = Parse(
            Units([.. StandardUnits, ["X1", "", "学院", "U404", "", ""]]),
            People(Person("", "王五"), Person("T002", "李四", "U999", "团干部"), Person("2.1E+11", "", set: ("年级", "九"))));

        Assert.Equal(
            [
                RosterImportErrorCode.MissingUnitName, RosterImportErrorCode.UnknownUnitKind,
                RosterImportErrorCode.MissingIdentity, RosterImportErrorCode.UnknownUnit, RosterImportErrorCode.UnknownPartyStatus,
                RosterImportErrorCode.NumberInScientificNotation, RosterImportErrorCode.MissingName, RosterImportErrorCode.InvalidYear,
            ],
            result.Errors.Select(e => e.Code));
        Assert.Null(result.Roster);
    }

    [Fact]
    public void Headers_are_found_by_name_in_any_order_and_with_english_aliases()
    {
        var sheet = Sheet("people.csv", ["Name", "Party unit code", "Number"], ["王五", "U011", "T001"]);

        var person = Assert.Single(Parse(Units(StandardUnits), sheet).Roster!.People);

        Assert.Equal(("T001", "王五", "U011"), (person.Number, person.Name, person.PartyUnitCode));
    }

    [Fact]
    public void An_unknown_header_and_a_missing_required_header_are_reported_on_the_header_row()
    {
        var result = Parse(Sheet("人员", ["工号/学号", "备注"], ["T001", "x"]));

        Assert.Equal(
            [
                new RosterImportError(RosterImportErrorCode.UnknownHeader, "人员", 1, "备注", "备注"),
                new RosterImportError(RosterImportErrorCode.MissingRequiredHeader, "人员", 1, "姓名"),
            ],
            result.Errors);
    }

    [Fact]
    public void A_sheet_that_is_neither_units_nor_people_is_reported() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.UnrecognisedSheet, "Sheet3", 1),
            Single(Parse(Units(StandardUnits), Sheet("Sheet3", ["说明"], ["请填写"]))));

    [Fact]
    public void A_csv_sheet_is_recognised_by_its_headers_not_its_name()
    {
        var result = Parse(Sheet("名单.csv", UnitHeaders, StandardUnits));

        Assert.Equal(7, result.Roster!.Units.Count);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_row_numbers_stay_those_of_the_file()
    {
        var sheet = new TabularSheet("人员", [new TabularRow(1, PersonHeaders), new TabularRow(5, Person("T001", "王五", "U404"))]);

        Assert.Equal(5, Single(Parse(Units(StandardUnits), sheet)).Row);
    }

    [Theory]
    [InlineData("政治面貌", "团干部", RosterImportErrorCode.UnknownPartyStatus)]
    [InlineData("学生类别", "专科", RosterImportErrorCode.UnknownStudentLevel)]
    [InlineData("工号/学号", "T\"1", RosterImportErrorCode.InvalidNumber)]
    public void A_value_outside_its_column_vocabulary_is_reported_with_the_value(string header, string value, RosterImportErrorCode code)
    {
        var error = Single(Parse(Units(StandardUnits), People(Person("T001", "王五", set: (header, value)))));

        Assert.Equal((code, 2, header, value), (error.Code, error.Row, error.Column, error.Value));
    }

    [Fact]
    public void An_account_given_to_two_people_is_reported_on_the_second_case_insensitively() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.DuplicateUpn, "人员", 3, "账号", "WANG@example.edu.cn"),
            Single(Parse(Units(StandardUnits), People(Person("T001", "王五", set: ("账号", "wang@example.edu.cn")), Person("T002", "王五", set: ("账号", "WANG@example.edu.cn"))))));

    [Fact]
    public void A_unit_without_a_code_and_a_class_branch_flag_that_is_not_yes_or_no_are_reported()
    {
        var result = Parse(Units(["U000", "校党委", "校党委", "", "", ""], ["", "无编码支部", "党支部", "U000", "", ""], ["U1", "支部", "党支部", "U000", "可能", ""]));

        Assert.Equal(
            [
                new RosterImportError(RosterImportErrorCode.MissingUnitCode, "单位", 3, "单位编码"),
                new RosterImportError(RosterImportErrorCode.InvalidYesNo, "单位", 4, "班级党支部", "可能"),
            ],
            result.Errors);
    }

    [Fact]
    public void A_duplicate_header_is_reported_on_the_header_row() =>
        Assert.Equal(
            new RosterImportError(RosterImportErrorCode.DuplicateHeader, "人员", 1, "学号", "学号"),
            Single(Parse(Sheet("人员", ["工号", "姓名", "学号"], ["T001", "王五", "T001"]))));
}
