using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CallWarden.Data.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subscriber = table.Column<long>(type: "bigint", nullable: false),
                    Caller = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SipCode = table.Column<int>(type: "integer", nullable: false),
                    DecidingRule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Reasons = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "subscriber_rules",
                columns: table => new
                {
                    Subscriber = table.Column<long>(type: "bigint", nullable: false),
                    Rules = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
