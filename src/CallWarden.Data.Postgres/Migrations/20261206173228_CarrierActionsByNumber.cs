using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CarrierActionsByNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_carrier_actions_Number",
                table: "carrier_actions",
                column: "Number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_carrier_actions_Number",
                table: "carrier_actions");
        }
    }
}
