using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CallerWithheld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CalledNumber",
                table: "reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CalledNumber",
                table: "cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<byte>(
                name: "CalledNumberKind",
                table: "cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_CalledNumber",
                table: "cases",
                column: "CalledNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_CalledNumber",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "CalledNumber",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "CalledNumber",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "CalledNumberKind",
                table: "cases");
        }
    }
}
