using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BusinessApplicationLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "businesses",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "zh-Hans");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "businesses");
        }
    }
}
