using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RulesAndDecisionLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subscriber = table.Column<long>(type: "INTEGER", nullable: false),
                    Caller = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SipCode = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidingRule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "subscriber_rules",
                columns: table => new
                {
                    Subscriber = table.Column<long>(type: "INTEGER", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriber_rules", x => x.Subscriber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decision_log_DecisionId",
                table: "decision_log",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_decision_log_Subscriber_At",
                table: "decision_log",
                columns: new[] { "Subscriber", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_log");

            migrationBuilder.DropTable(
                name: "subscriber_rules");
        }
    }
}
