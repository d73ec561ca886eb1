using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ScopedIdempotencyAndFollowTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reports_IdempotencyKey",
                table: "reports");

            migrationBuilder.AddColumn<string>(
                name: "FollowTokenHash",
                table: "reports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyScope",
                table: "reports",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PayloadHash",
                table: "reports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_reports_IdempotencyKey_IdempotencyScope",
                table: "reports",
                columns: new[] { "IdempotencyKey", "IdempotencyScope" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reports_IdempotencyKey_IdempotencyScope",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "FollowTokenHash",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "IdempotencyScope",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "PayloadHash",
                table: "reports");

            migrationBuilder.CreateIndex(
                name: "IX_reports_IdempotencyKey",
                table: "reports",
                column: "IdempotencyKey",
                unique: true);
        }
    }
}
